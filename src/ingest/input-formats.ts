// The input formats readers.ts reads, in a module of their own: a command names them in its options before it
// loads the readers (which bring zod and chrono with them).
export type InputFormat = 'jsonl' | 'text' | 'gold' | 'rss' | 'csv';
export const INPUT_FORMATS: InputFormat[] = ['jsonl', 'text', 'gold', 'rss', 'csv'];
