import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { techniqueNames } from "../../catalog/attack";
import type { Alert, Catalog, Language } from "../../catalog/schema";
import {
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  STATUSES,
  type Status,
  TACTICS,
  type Tactic,
} from "../../catalog/taxonomy";
import { type FacetCounts, hasFacetFilters } from "../../search/filters";
import { preloadableLazy } from "../../ui/preloadable-lazy";
import { useAfterPaint } from "../../ui/use-after-paint";
import { useFirstInput } from "../../ui/use-first-input";
import { useMarkReady } from "../../ui/use-mark-ready";
import {
  type ActiveFilter,
  activeFilters,
  FACETS,
  NO_FILTERS,
  withoutFilter,
} from "../../url/active-filters";
import { type HistoryMode, urlFor, type ViewUpdate } from "../../url/use-view-state";
import {
  differsOnlyIn,
  type SortState,
  serializeViewState,
  toggleValue,
  type ViewState,
} from "../../url/view-state";
import { usePageNotes } from "../about/use-page-notes";
import { useChanges } from "../changes/use-changes";
import { PrintSlot } from "../print/print-slot";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { ActionsButton } from "./actions-button";
import { AlertTable, VIRTUALIZE_ABOVE } from "./alert-table";
import { FilterPanel } from "./filter-panel";
import { ResultCount } from "./result-count";
import { SearchBox } from "./search-box";
import { TableContext, type TableContextValue } from "./table-context";
import { Toolbar } from "./toolbar";
import { type FacetSource, useAlertTable, useFacetCounts } from "./use-alert-table";
import { useDetailFocus } from "./use-detail-focus";
import { useIdLookup } from "./use-id-lookup";
import { useSearchBox } from "./use-search-box";

// Not in the first view: each loads when first shown.
const CoverageMatrix = lazy(() => import("../matrix/coverage-matrix"));
const ChangesView = lazy(() => import("../changes/changes-view"));
// Fetched at the reader's first input, or as the app starts for a link that may find nothing: then
// they draw with the "0 alerts" they explain. Suspended, they came 290–310 ms after it, the first
// time (React holds back content revealed after a fallback).
const { Component: EmptyState, preload: loadEmptyState } = preloadableLazy(() =>
  import("./empty-state").then((m) => m.default),
);
const { Component: NotFoundNotice, preload: loadNotFoundNotice } = preloadableLazy(() =>
  import("./not-found-notice").then((m) => m.default),
);
const { Component: IdSuggestions, preload: loadIdSuggestions } = preloadableLazy(() =>
  import("./id-suggestions").then((m) => m.default),
);
// With the first filter; a link with filters has their code fetched as the app starts (prepareBrowserFor).
const { Component: ActiveFilterChips, preload: loadActiveFilterChips } = preloadableLazy(() =>
  import("./active-filter-chips").then((m) => m.ActiveFilterChips),
);
const FilterSheet = lazy(() => import("./filter-sheet"));
// Fetched when a link names an alert (prepareBrowserFor), else at the reader's first move (useFirstInput).
const { Component: DetailPane, preload: loadDetailPane } = preloadableLazy(() =>
  import("../detail/detail-pane").then((m) => m.DetailPane),
);
const ShortcutsDialog = lazy(() =>
  import("../shortcuts/shortcuts-dialog").then((m) => ({ default: m.ShortcutsDialog })),
);

/**
 * A link with filters shows their chips in the first view the app draws. Fetched only once that
 * view had drawn, they came in a moment later, above the controls on a phone, and moved them
 * from under a pointer on its way to the Filters button. A link naming an alert has its pane's
 * code fetched with the catalog.
 */
export function prepareBrowserFor(view: ViewState): void {
  const filtered = activeFilters(view).length > 0;
  if (filtered) void loadActiveFilterChips().catch(() => {});
  if (view.alert !== null) preloadDetailPane();
  if (view.alert !== null || view.q !== "" || filtered) preloadNothingFound();
}

/** A change of the view that its control (the search box, a facet, the headers) painted before sending it. */
const paintedByItsControl = (previous: ViewState, next: ViewState) =>
  differsOnlyIn(previous, next, ["q", "sort", ...FACETS]);

/**
 * The pane's code in before an alert's first open, which then draws at once: suspended, it took
 * up to 300 ms more (React holds back content revealed after a fallback; docs/performance.md).
 */
const preloadDetailPane = () => void loadDetailPane().catch(() => {});

/** What a view that finds nothing shows: the empty state, an unknown ID's notice and suggestions. */
const preloadNothingFound = () => {
  for (const load of [loadEmptyState, loadNotFoundNotice, loadIdSuggestions]) void load().catch(() => {});
};

interface BrowserProps {
  catalog: Catalog;
  view: ViewState;
  setView: (update: ViewUpdate, mode?: HistoryMode) => void;
  language: Language;
}

/** Wires the view state to the search, facets, table and detail pane; computes nothing itself. */
export function Browser({ catalog, view, setView, language }: BrowserProps) {
  const { t } = useTranslation();
  const [sheetOpen, setSheetOpen] = useState(false);
  const sheetOpener = useRef<HTMLButtonElement>(null);
  const closeSheet = useCallback(() => {
    setSheetOpen(false);
    sheetOpener.current?.focus();
  }, []);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  // At the reader's first input, all an alert's pane shows starts coming: its code, our notes, the log.
  const [readerHere, setReaderHere] = useState(false);
  useFirstInput(
    useCallback(() => {
      preloadDetailPane();
      preloadNothingFound();
      setReaderHere(true);
    }, []),
  );
  // The results (search, facets, counts, order) follow a change from the next frame, in a render
  // React can interrupt. The search box, the facets and the headers send their change once they
  // have painted it: a change in those alone need not wait for another frame (nor, then, one made
  // elsewhere: Esc, Back, a filter chip, Clear all).
  const results = useAfterPaint(view, paintedByItsControl);
  const { columnIds, rows, alerts: ordered, facets, terms } = useAlertTable(catalog, results, language);
  const names = useMemo(() => techniqueNames(catalog), [catalog]);

  const { selected, unknown, find } = useIdLookup(catalog, view, setView);
  const selectedIndex = selected ? ordered.indexOf(selected) : -1;
  const { openAlert, closeAlert, step } = useDetailFocus(setView, selected, ordered);
  useShortcuts({ onHelp: openShortcuts, onStep: step });
  const search = useCallback((q: string) => setView({ q }, "replace"), [setView]);
  const searchBox = useSearchBox({
    q: view.q,
    alerts: ordered,
    settled: results.q === view.q,
    find,
    paneOpen: selected !== null,
    search,
    openAlert,
  });
  // Every link the app writes names its language, so it opens the same for a colleague.
  const linked = useMemo(() => ({ ...results, lang: language }), [results, language]);
  const viewLink = serializeViewState(linked);

  const toggleTactic = useCallback(
    (tactic: Tactic) =>
      setView((current) => ({ ...current, tactic: toggleValue(TACTICS, current.tactic, tactic) })),
    [setView],
  );
  const context = useMemo<TableContextValue>(
    () => ({
      language,
      terms,
      activeTactics: results.tactic,
      toggleTactic,
      openAlert,
      // A relative link (the query string alone), the same when prerendered and in the browser.
      hrefFor: (alert: Alert) => serializeViewState({ ...linked, alert: alert.id }),
      techniqueNames: names,
    }),
    [language, terms, results.tactic, linked, toggleTactic, openAlert, names],
  );
  const onToggle = useMemo(
    () => ({
      severity: (value: Severity) =>
        setView((c) => ({ ...c, severity: toggleValue(SEVERITIES, c.severity, value) })),
      tactic: toggleTactic,
      platform: (value: Platform) =>
        setView((c) => ({ ...c, platform: toggleValue(PLATFORMS, c.platform, value) })),
      status: (value: Status) => setView((c) => ({ ...c, status: toggleValue(STATUSES, c.status, value) })),
      technique: (id: string) =>
        setView((c) => ({ ...c, technique: toggleValue([...names.keys()], c.technique, id) })),
    }),
    [setView, toggleTactic, names],
  );
  const showTechniques = useCallback(
    (shown: boolean) => setView({ columns: shown ? ["techniques"] : [] }),
    [setView],
  );
  // Our ATT&CK techniques in the filter panel, wherever it is shown (sidebar or sheet).
  const techniques = useMemo(
    () => ({ names, columnShown: view.columns.includes("techniques"), onColumnShownChange: showTechniques }),
    [names, view.columns, showTechniques],
  );
  const onSort = useCallback((sort: SortState) => setView({ sort }), [setView]);
  const onViewChange = useCallback((mode: ViewState["view"]) => setView({ view: mode }), [setView]);
  const clearFilters = () => setView(NO_FILTERS);
  const removeFilter = (filter: ActiveFilter) => setView((current) => withoutFilter(current, filter));
  // A suggestion replaces the unknown ID the search box was given.
  const suggested = (current: ViewState, id: string) => ({
    ...current,
    q: current.q === unknown ? "" : current.q,
    alert: id,
  });
  const activeCount = activeFilters(view).length;
  // The chips load with the first filter and then stay: removing the last one hands focus on.
  const [chipsShown, setChipsShown] = useState(activeCount > 0);
  if (activeCount > 0 && !chipsShown) setChipsShown(true);
  const paneWanted = readerHere || selected !== null;
  // Fetched early, they are asked for again as an alert opens if that fetch failed.
  const changes = useChanges(catalog, paneWanted || view.view === "changes", selected?.id);
  const { errataOf, reasonsOf } = usePageNotes(catalog, paneWanted, selected?.id);
  const history = useMemo(
    () => (selected ? changes.filter((change) => change.ids.includes(selected.id)) : []),
    [changes, selected],
  );

  const printed = { catalog, alerts: ordered, selected, errataOf, view: results, language };

  useEffect(() => {
    document.title = selected ? `${selected.title[language]} · ${t("app.name")}` : t("app.name");
  }, [selected, language, t]);
  useMarkReady();

  return (
    <TableContext.Provider value={context}>
      <div
        className={`mx-auto grid w-full max-w-screen-2xl flex-1 grid-cols-1 content-start items-start gap-x-6 px-4 print:hidden nojs:grid-cols-1 ${
          selected
            ? "lg:grid-cols-[13rem_minmax(0,1fr)_26rem] xl:grid-cols-[14rem_minmax(0,1fr)_32rem]"
            : "md:grid-cols-[13rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)]"
        }`}
      >
        {/* On a phone the filters open in a sheet instead (one panel at a time: their inputs have ids). */}
        <div className={`py-4 max-md:hidden nojs:hidden ${selected ? "max-lg:hidden" : ""}`}>
          {!sheetOpen && (
            <WithFacetCounts facets={facets}>
              {(counts) => (
                <FilterPanel selected={view} counts={counts} onToggle={onToggle} techniques={techniques} />
              )}
            </WithFacetCounts>
          )}
        </div>

        <main
          id="results"
          tabIndex={-1}
          // Busy while the results lag behind the input (see useAfterPaint): the count is announced once.
          aria-busy={results !== view || undefined}
          className="min-w-0 space-y-2 py-3 md:space-y-3 md:py-4"
        >
          <SearchBox value={view.q} {...searchBox} />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <button
              ref={sheetOpener}
              type="button"
              aria-haspopup="dialog"
              onClick={() => setSheetOpen(true)}
              className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 md:hidden nojs:hidden"
            >
              <span aria-hidden="true">☰</span>
              {t("filters.title")}
              {activeCount > 0 && (
                <>
                  <span className="rounded-full bg-slate-800 px-1.5 text-xs leading-5 text-white tabular-nums">
                    {activeCount}
                  </span>
                  <span className="sr-only">{t("filters.activeSuffix", { count: activeCount })}</span>
                </>
              )}
            </button>
            <ResultCount count={ordered.length} total={catalog.alerts.length} />
            {chipsShown && (
              <Suspense fallback={null}>
                <ActiveFilterChips view={view} onRemove={removeFilter} onClear={clearFilters} />
              </Suspense>
            )}
            <ActionsButton
              catalog={catalog}
              alerts={ordered}
              view={results}
              language={language}
              viewLink={viewLink}
            />
          </div>
          <Toolbar
            catalog={catalog}
            alerts={ordered}
            view={results}
            language={language}
            onViewChange={onViewChange}
            onShortcuts={openShortcuts}
            viewLink={viewLink}
          />
          {unknown !== null && (
            <Suspense fallback={null}>
              <NotFoundNotice id={unknown} onDismiss={closeAlert} />
              <IdSuggestions
                alerts={catalog.alerts}
                unknown={unknown}
                hrefFor={(id) => serializeViewState(suggested(linked, id))}
                onOpen={(id) => setView((current) => suggested(current, id))}
              />
            </Suspense>
          )}
          {view.view === "changes" ? (
            <Suspense fallback={null}>
              <ChangesView
                catalog={catalog}
                changes={changes}
                language={language}
                hrefFor={(id) => serializeViewState({ ...linked, view: "table", alert: id })}
                onOpen={(id) => setView((c) => ({ ...c, view: "table", alert: id }))}
              />
            </Suspense>
          ) : view.view === "matrix" ? (
            <Suspense fallback={null}>
              <CoverageMatrix
                alerts={ordered}
                onSelect={(tactic, severity) =>
                  setView((c) => ({ ...c, tactic: [tactic], severity: [severity], view: "table" }))
                }
              />
            </Suspense>
          ) : ordered.length > 0 ? (
            <div className="@container overflow-hidden rounded-lg border border-slate-200 bg-white">
              <AlertTable
                columnIds={columnIds}
                rows={rows}
                sort={view.sort}
                onSort={onSort}
                selectedId={selected?.id ?? null}
                onOpen={openAlert}
                virtualize={catalog.alerts.length > VIRTUALIZE_ABOVE}
                shown={results.columns}
              />
            </div>
          ) : (
            <Suspense fallback={null}>
              <EmptyState
                query={results.q}
                filtered={hasFacetFilters(results)}
                onClearSearch={() => setView({ q: "" })}
                onClearFilters={clearFilters}
              />
            </Suspense>
          )}
        </main>

        {selected && (
          <Suspense fallback={null}>
            <DetailPane
              key={selected.id}
              alert={selected}
              language={language}
              position={
                selectedIndex === -1
                  ? null
                  : {
                      index: selectedIndex,
                      count: ordered.length,
                      previous: ordered[selectedIndex - 1] ?? null,
                      next: ordered[selectedIndex + 1] ?? null,
                    }
              }
              // The pane's alert, not the one the lagging results were drawn with.
              link={new URL(urlFor({ ...linked, alert: selected.id }), window.location.href).href}
              activeTactics={view.tactic}
              onToggleTactic={toggleTactic}
              onNavigate={openAlert}
              onClose={closeAlert}
              bilingual={view.bilingual}
              onBilingualChange={(bilingual) => setView({ bilingual })}
              history={history}
              errata={errataOf(selected)}
              techniqueNames={names}
              reasons={reasonsOf(selected)}
              attackVersion={catalog.page.attack?.version ?? null}
            />
          </Suspense>
        )}
      </div>
      <Suspense fallback={null}>
        {sheetOpen && (
          <WithFacetCounts facets={facets}>
            {(counts) => (
              <FilterSheet
                selected={view}
                counts={counts}
                onToggle={onToggle}
                techniques={techniques}
                count={ordered.length}
                onClear={clearFilters}
                onClose={closeSheet}
              />
            )}
          </WithFacetCounts>
        )}
        {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
        <PrintSlot {...printed} />
      </Suspense>
    </TableContext.Provider>
  );
}

/** Hands the facet counts on, worked out in this component's own render (see useFacetCounts). */
function WithFacetCounts({
  facets,
  children,
}: {
  facets: FacetSource;
  children: (counts: FacetCounts) => ReactNode;
}) {
  return children(useFacetCounts(facets));
}
