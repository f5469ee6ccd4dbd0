/** cose-base (fcose's force-directed engine) ships no types; only what coseIterationCap.ts touches is declared. */
declare module 'cose-base' {
  export const CoSELayout: {
    prototype: { initSpringEmbedder: (this: { maxIterations: number; maxCoolingCycle: number }) => void };
  };
}
