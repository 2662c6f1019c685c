// reorder.js ships types for only part of its API. Its ES module build is imported directly: the
// package's "browser" field points bundlers at a UMD file that cannot be tree-shaken.
declare module 'reorder.js/dist/reorder.esm.js' {
  /** Correspondence analysis (Hill's DECORANA) of a non-negative table: the first axis's scores. */
  export function ca_order(table: readonly (readonly number[])[]): {
    readonly rows: readonly number[];
    readonly cols: readonly number[];
    readonly details: { readonly rows: readonly number[]; readonly cols: readonly number[]; readonly eig: number };
  };
}
