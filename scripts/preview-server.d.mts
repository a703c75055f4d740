export function startPreview(options?: { vault?: string | Record<string, string>; port?: number; data?: unknown }): Promise<{ url: string; close(): Promise<void> }>;
