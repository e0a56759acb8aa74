export async function publishCommand(_v: unknown): Promise<number> { return 64; }
export async function workerCommand(_v: unknown): Promise<number> { return 64; }
