// A short fingerprint of a role id, shared by the build (rollup.config.mjs writes every bundled
// role's into the loader) and the loader (which checks a card's role-id against them). Plain
// JavaScript, typed by role-hash.d.ts, so the build's configuration can import it as it is.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * 24 bits of FNV-1a over the id, as four characters. 388 roles' fingerprints take about 1 KB in the
 * loader where their ids took 2 KB; an unknown id matches one by chance about once in 40,000.
 */
export function roleHash(id) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const bits = hash >>> 8;
  return [18, 12, 6, 0].map((shift) => ALPHABET[(bits >>> shift) & 63]).join('');
}
