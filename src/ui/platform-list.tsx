import { memo } from "react";
import type { Platform } from "../catalog/taxonomy";
import { useTaxonomyLabels } from "./taxonomy-labels";

export const PlatformList = memo(function PlatformList({ platforms }: { platforms: readonly Platform[] }) {
  const labels = useTaxonomyLabels();
  if (platforms.length === 0) return <span className="text-xs text-slate-600">{labels.noPlatform}</span>;
  return (
    // Windows and Linux stay on one line: two names stacked read as two rows.
    <span className="flex gap-1">
      {platforms.map((platform) => (
        <span
          key={platform}
          data-platform={platform}
          className="rounded border border-slate-300 bg-white px-1.5 py-px text-xs text-slate-700"
        >
          {labels.platform[platform]}
        </span>
      ))}
    </span>
  );
});
