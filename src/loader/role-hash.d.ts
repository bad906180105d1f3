/** A role id's four-character fingerprint (see role-hash.js). */
export declare function roleHash(id: string): string;
