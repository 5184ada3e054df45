/** Internal support shared by the govcloud modules; not API, exported only to those modules. */
package io.govcloud.internal;
