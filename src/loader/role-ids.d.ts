/**
 * The ids of every bundled role, comma-separated: a module the build writes (rollup.config.mjs,
 * `roleIds`) from data/generated/role-index.json. With it the loader asks for a card's role file
 * together with the index, and never asks for a role the bundle does not have.
 */
declare const knownRoleIds: string;
export default knownRoleIds;
