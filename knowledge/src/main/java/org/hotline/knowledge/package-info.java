/**
 * The knowledge module's public API: the knowledge base ({@link org.hotline.knowledge.KnowledgeBase}), its search
 * ({@link org.hotline.knowledge.KnowledgeSearch}), import, knowledge gaps, ticket classification and similar-ticket
 * detection, with their value types, events and exceptions. Everything in subpackages is internal.
 */
package org.hotline.knowledge;
