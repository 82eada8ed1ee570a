package org.hotline.console.api.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.hotline.console.security.CurrentUsers;
import org.hotline.knowledge.ImportKind;
import org.hotline.knowledge.ImportProgressListener;
import org.hotline.knowledge.ImportReport;
import org.hotline.knowledge.KnowledgeImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Bulk import of Q&A entries or policy documents from JSONL or CSV (admin). */
@RestController
@RequestMapping("/api/kb/import")
class KbImportController {

    private static final Logger log = LoggerFactory.getLogger(KbImportController.class);

    private final KnowledgeImport knowledgeImport;
    private final CurrentUsers currentUsers;

    KbImportController(KnowledgeImport knowledgeImport, CurrentUsers currentUsers) {
        this.knowledgeImport = knowledgeImport;
        this.currentUsers = currentUsers;
    }

    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    ImportReport importFile(@RequestParam("file") MultipartFile file,
                            @RequestParam(name = "kind", defaultValue = "qa") String kind) throws IOException {
        if (file.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "file is empty");
        }
        ImportKind importKind = parseKind(kind);
        boolean csv = isCsv(file);
        if (!csv && !isJsonl(file)) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "file must be JSON Lines (.jsonl) or CSV (.csv)");
        }
        log.info("kb import requested kind={} format={} bytes={} by={}", importKind, csv ? "csv" : "jsonl",
                file.getSize(), currentUsers.current().username());
        try (InputStream in = file.getInputStream()) {
            return csv ? knowledgeImport.importCsv(in, importKind, ImportProgressListener.NONE)
                    : knowledgeImport.importJsonl(in, importKind, ImportProgressListener.NONE);
        }
    }

    private static ImportKind parseKind(String kind) {
        try {
            return ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be qa or policy");
        }
    }

    private static boolean isCsv(MultipartFile file) {
        String name = lower(file.getOriginalFilename());
        String type = lower(file.getContentType());
        return name.endsWith(".csv") || type.startsWith("text/csv");
    }

    private static boolean isJsonl(MultipartFile file) {
        String name = lower(file.getOriginalFilename());
        String type = lower(file.getContentType());
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || type.startsWith("application/x-ndjson")
                || type.startsWith("application/jsonl") || type.startsWith("application/x-jsonlines");
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
