import type { SourceRef } from "../catalog/schema";

/** A link to a source document, opened in a new tab; `where` says where in it the fact is. */
export function SourceLink({ source }: { source: SourceRef }) {
  return (
    <>
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        className="break-words text-blue-800 underline underline-offset-2 hover:text-blue-950"
      >
        {source.title}
      </a>
      {source.where && <span className="text-slate-600"> ({source.where})</span>}
    </>
  );
}
