// Placeholder until the 'reports' command lands; replaced by its owner.
export async function run(_args: string[]): Promise<number> {
  console.error("smishguard reports: not available yet (E_NOT_AVAILABLE)");
  return 69;
}
