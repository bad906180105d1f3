/**
 * The four-character fingerprint (role-hash.js) of every bundled role's id, one after another: a
 * module the build writes (rollup.config.mjs, `roleIds`) from data/generated/role-index.json. With
 * it the loader asks for a card's role file together with the index, and does not ask for a role
 * the bundle does not have.
 */
declare const knownRoleHashes: string;
export default knownRoleHashes;
