/** Implementation of the registration workflow. Public only because Java needs it; not API. */
package io.github.receiptbridge.core.internal;
