/** Error codes of the contract and the exception that carries them out of the domain. */
package org.paygrid.shared.error;
