// The micro-benchmarks' timer: every input is called `rep` times in a row so the timer's own
// cost is amortised, after three warm-up passes; prints median, p99 and mean per call.
export function measure<T>(name: string, inputs: readonly T[], fn: (x: T) => unknown, width = 22): void {
  const rep = 20;
  let sink = 0;
  for (let w = 0; w < 3; w++) for (const x of inputs) sink += fn(x) ? 1 : 0;
  const per = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const x = inputs[i] as T;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rep; r++) sink += fn(x) ? 1 : 0;
    per[i] = Number(process.hrtime.bigint() - t0) / rep;
  }
  per.sort();
  const at = (p: number): number => per[Math.min(per.length - 1, Math.floor(p * per.length))] as number;
  const mean = per.reduce((a, b) => a + b, 0) / per.length;
  // `sink` is printed only in a case that never happens, so the calls cannot be optimised away.
  console.log(`${name.padEnd(width)} n=${String(inputs.length).padStart(5)}  median ${at(0.5).toFixed(0).padStart(6)} ns  p99 ${at(0.99).toFixed(0).padStart(6)} ns  mean ${mean.toFixed(0).padStart(6)} ns${sink < 0 ? '!' : ''}`);
}
