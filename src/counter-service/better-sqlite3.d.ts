// The part of better-sqlite3's API this service uses (the package ships no types of its own).
declare module 'better-sqlite3' {
  interface Statement {
    run(...params: unknown[]): { changes: number };
    get(...params: unknown[]): unknown;
    pluck(on?: boolean): Statement;
  }
  interface Database {
    pragma(source: string): unknown;
    exec(source: string): Database;
    prepare(source: string): Statement;
    transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
    close(): void;
  }
  const Database: new (file: string) => Database;
  export = Database;
}
