import { Fragment } from "react";
import { idWrapParts } from "../catalog/alert-id";

/**
 * An alert ID that wraps only between its words: <wbr> adds the break points and nothing to the
 * text, so copying, find-in-page and the search see the ID as it is.
 */
export function AlertIdText({ id }: { id: string }) {
  let at = 0;
  return idWrapParts(id).map((part) => {
    const key = at;
    at += part.length;
    return (
      <Fragment key={key}>
        {key > 0 && <wbr />}
        {part}
      </Fragment>
    );
  });
}
