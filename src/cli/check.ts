// Placeholder until the 'check' command lands; replaced by its owner.
export async function run(_args: string[]): Promise<number> {
  console.error("smishguard check: not available yet (E_NOT_AVAILABLE)");
  return 69;
}
