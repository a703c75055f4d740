export function shiftFrontmatterDates(text: string, delta: number): string;
export function redateVault(dir: string, today: string): string;
