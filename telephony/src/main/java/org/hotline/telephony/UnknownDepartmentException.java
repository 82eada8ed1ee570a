package org.hotline.telephony;

/** A transfer names a department without a configured live window (REST: 400). */
public class UnknownDepartmentException extends TelephonyException {

    public UnknownDepartmentException(String department) {
        super("no live window configured for department " + department);
    }
}
