export function importsOf(text: string, fileName?: string): string[];
export function importGraph(root: string): { graph: Map<string, string[]>; packages: Map<string, string[]> };
export function cyclesOf(graph: Map<string, string[]>): { files: string[]; way: string[] }[];
export function platformImports(packages: Map<string, string[]>): string[];
