// The part of autocannon's API the benches use (the package ships no type declarations).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p99: number }
  interface Options { url: string; connections?: number; duration?: number; amount?: number; workers?: number; method?: string; headers?: Record<string, string>; body?: string }
  interface Result { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; duration: number }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
