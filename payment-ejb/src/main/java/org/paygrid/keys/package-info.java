/**
 * Owns the platform's encryption keys: one key ring per {@link org.paygrid.keys.entity.KeyPurpose} (cards, webhook
 * signing secrets, merchant documents), each a list of versioned keys of which the first seals and all open
 * ({@link org.paygrid.keys.control.KeyRing}); and the rotation that re-seals values sealed under older keys
 * ({@link org.paygrid.keys.boundary.KeyRotation}), asking each capability that keeps sealed values
 * ({@link org.paygrid.keys.control.SealedValues}) to re-seal its own rows. No key has a default outside the
 * development profile.
 */
package org.paygrid.keys;
