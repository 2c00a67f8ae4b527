// The default catalog is JSON that the build turns into a module; its type is
// checked at run time by the schema, like every other catalog.
declare module '*/default-catalog.json' {
  const value: unknown;
  export default value;
}
declare module '*/national-catalog.json' {
  const value: unknown;
  export default value;
}
