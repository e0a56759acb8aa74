// Placeholder until the 'consent' command lands; replaced by its owner.
export async function run(_args: string[]): Promise<number> {
  console.error("smishguard consent: not available yet (E_NOT_AVAILABLE)");
  return 69;
}
