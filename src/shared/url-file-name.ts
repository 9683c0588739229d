// The file name to show for a URL: its last path segment, percent-decoded. A lone '%' (方案100%.ifc) is not an escape,
// so escapes are decoded run by run and one that is not valid UTF-8 stays as written: decodeURIComponent on the
// whole name would throw a URIError before anything could report it.

export function urlFileName(url: string, baseUrl?: string): string {
  const segment = URL.canParse(url, baseUrl) ? new URL(url, baseUrl).pathname.split('/').pop() : undefined;
  return segment ? decodePercentRuns(segment) : url;
}

export function decodePercentRuns(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
