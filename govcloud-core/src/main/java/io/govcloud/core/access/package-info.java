/** Access checks of RULES.md R9: who may act on what (Art. 5, 12, 19, 33, 44). */
package io.govcloud.core.access;
