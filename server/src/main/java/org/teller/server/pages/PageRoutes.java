package org.teller.server.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.teller.server.api.PathParams;

/**
 * The server-rendered pages: for now the public results page of a contest, live (it reloads itself when the
 * feed says its contest changed). Its figures are the API's own result ({@code /api/contests/{id}/result}),
 * laid out by a JTE template compiled at build time.
 */
public final class PageRoutes {

    /** The version of Chart.js served from its WebJar (as the pom names it). */
    static final String CHART_JS = "4.5.1";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final LongFunction<Map<String, Object>> result;

    /** @param result a contest's result as the API gives it (404 where there is none) */
    public PageRoutes(LongFunction<Map<String, Object>> result) {
        this.result = result;
    }

    public void register(RoutesConfig routes) {
        routes.get("/results/{contest}", this::page);
        routes.get("/results/{contest}/chart.svg", this::chart);
        routes.get("/results/{contest}/embed", this::embed);
    }

    /** The chart as an SVG image, to embed as an image anywhere: its ETag the revision, as the result JSON's. */
    private void chart(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        ResultsPage page = page(contest, result.apply(contest));
        String tag = "\"" + page.revision() + "\"";
        ctx.header("ETag", tag).header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff");
        if (tag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType("image/svg+xml; charset=utf-8").result(ChartSvg.of(page));
    }

    /** The chart alone, live, for another site's page to frame (an iframe): it may be framed, the other pages not. */
    private void embed(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        ResultsPage page = page(contest, result.apply(contest));
        StringOutput html = new StringOutput();
        templates.render("embed.jte", new EmbedPage(page, ChartSvg.of(page)), html);
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'");
        ctx.status(200).contentType("text/html; charset=utf-8").result(html.toString());
    }

    /** The embeddable chart: the page's figures, and the chart drawn (SVG, escaped by {@link ChartSvg}). */
    public record EmbedPage(ResultsPage page, String svg) {}

    private void page(Context ctx) {
        long contest = PathParams.id(ctx, "contest");
        ResultsPage page = page(contest, result.apply(contest));
        StringOutput html = new StringOutput();
        templates.render("results.jte", page, html);
        // Framed only where it is meant to be (/results/{id}/embed): never under another site's page.
        ctx.header("X-Frame-Options", "DENY").header("Content-Security-Policy", "frame-ancestors 'none'");
        ctx.status(200).contentType("text/html; charset=utf-8").result(html.toString());
    }

    @SuppressWarnings("unchecked")
    static ResultsPage page(long contest, Map<String, Object> result) {
        Map<String, Object> declared = (Map<String, Object>) result.get("declared");
        Map<String, Object> provisional = (Map<String, Object>) result.get("provisional");
        Map<String, Number> votes = (Map<String, Number>) provisional.get("votes");
        String caption = "First preferences, provisional: the returns and files accepted so far";
        String status = result.get("areasIn") instanceof List<?> in && !in.isEmpty() ? "Counting." : "No count area is in yet.";
        Map<String, Object> stage1 = (Map<String, Object>) declared.get("1");
        if (stage1 != null && stage1.containsKey("forward")) {
            caption = "First stage, declared";
            votes = (Map<String, Number>) stage1.get("votes");
            List<String> forward = (List<String>) stage1.get("forward");
            status = String.join(" and ", forward) + " go forward to the second stage.";
        }
        List<ResultsPage.Row> transfers = new ArrayList<>();
        StringBuilder flow = new StringBuilder();
        for (String stage : List.of("2", "1")) {
            Map<String, Object> declaration = (Map<String, Object>) declared.get(stage);
            if (declaration != null && declaration.containsKey("contest")) {
                status = declaration.get("elected") + " is elected.";
                List<Map<String, Object>> stages = (List<Map<String, Object>>) declaration.getOrDefault("stages",
                        declaration.getOrDefault("rounds", List.of()));
                if (!stages.isEmpty()) {
                    Map<String, Object> last = stages.get(stages.size() - 1);
                    votes = new LinkedHashMap<>();
                    for (Map<String, Object> row : (List<Map<String, Object>>) last.get("results")) {
                        votes.put((String) row.get("candidate"), (Number) row.get("votes"));
                    }
                    caption = stages.size() > 1 ? "Final stage, declared" : "Declared";
                    if (stages.size() > 1 && last.get("papersOfEliminated") instanceof Number eliminated) {
                        flow.append("{\"nodes\":[{\"name\":\"Papers of eliminated candidates\"}");
                        StringBuilder links = new StringBuilder();
                        int node = 1;
                        for (Map<String, Object> row : (List<Map<String, Object>>) last.get("results")) {
                            long added = ((Number) row.get("added")).longValue();
                            transfers.add(new ResultsPage.Row((String) row.get("candidate"), added,
                                    share(added, eliminated.longValue())));
                            flow.append(",{\"name\":").append(json((String) row.get("candidate"))).append('}');
                            links.append(links.length() > 0 ? "," : "").append("{\"source\":0,\"target\":").append(node++)
                                    .append(",\"value\":").append(added).append('}');
                        }
                        long lost = ((Number) last.get("nonTransferable")).longValue();
                        transfers.add(new ResultsPage.Row("Not transferable", lost,
                                share(lost, eliminated.longValue())));
                        flow.append(",{\"name\":\"Not transferable\"}],\"links\":[").append(links).append(",{\"source\":0,\"target\":")
                                .append(node).append(",\"value\":").append(lost).append("}]}");
                    }
                }
                break;
            }
        }
        // Summed exactly: a page must show what it is given, never a total that wrapped round.
        BigDecimal total = votes.values().stream().map(count -> BigDecimal.valueOf(count.longValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ResultsPage.Row> rows = new ArrayList<>();
        StringBuilder chart = new StringBuilder("[");
        for (Map.Entry<String, Number> entry : votes.entrySet()) {
            long count = entry.getValue().longValue();
            String share = total.signum() == 0 ? "" : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                    .divide(total, 2, RoundingMode.HALF_UP).toPlainString() + "%";
            rows.add(new ResultsPage.Row(entry.getKey(), count, share));
            chart.append(chart.length() > 1 ? "," : "").append("{\"candidate\":").append(json(entry.getKey())).append(",\"votes\":")
                    .append(count).append('}');
        }
        String data = escaped(chart.append(']').toString());
        List<?> in = (List<?>) result.get("areasIn");
        List<String> lots = lots(declared);
        List<ResultsPage.RoundRow> rounds = rounds(declared);
        Counted counted = counted(result, declared);
        return new ResultsPage(contest, (String) result.get("name"), Boolean.TRUE.equals(result.get("rehearsal")), status, caption,
                in.size(), ((Number) result.get("areas")).longValue(), ((Number) result.get("revision")).longValue(),
                String.valueOf(result.get("auditHead")),
                declared.values().stream().anyMatch(d -> ((Map<String, Object>) d).containsKey("contest")), rows, data, CHART_JS,
                transfers, escaped(flow.toString()), (List<String>) result.getOrDefault("areasNotAdded", List.of()), lots,
                rounds, counted.papers(), counted.rejected(), counted.candidates(), counted.byArea(), changes(declared),
                since(declared));
    }

    /** The final declaration, if the count is declared. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> finalDeclaration(Map<String, Object> declared) {
        Map<String, Object> found = null;
        for (String stage : List.of("1", "2")) {
            if (declared.get(stage) instanceof Map<?, ?> made && made.containsKey("contest")) {
                found = (Map<String, Object>) made;
            }
        }
        return found;
    }

    /** Each candidate's change in first-preference share since the previous contest, as declared ("+14.98"). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> changes(Map<String, Object> declared) {
        Map<String, Object> made = finalDeclaration(declared);
        Map<String, String> changes = new LinkedHashMap<>();
        if (made == null || made.get("previous") == null) {
            return changes;
        }
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) made.getOrDefault("rounds", made.getOrDefault("stages", List.of()));
        if (!rounds.isEmpty()) {
            for (Map<String, Object> row : (List<Map<String, Object>>) rounds.get(0).get("results")) {
                if (row.get("change") instanceof Number change) {
                    BigDecimal points = new BigDecimal(change.toString()).setScale(2, RoundingMode.HALF_UP);
                    changes.put((String) row.get("candidate"), (points.signum() > 0 ? "+" : "") + points.toPlainString());
                }
            }
        }
        return changes;
    }

    /** The previous contest, as the declaration names it ("" where there is none). */
    @SuppressWarnings("unchecked")
    private static String since(Map<String, Object> declared) {
        Map<String, Object> made = finalDeclaration(declared);
        if (made == null || !(made.get("previous") instanceof Map<?, ?> previous)) {
            return "";
        }
        Object date = previous.get("date");
        return previous.get("title") + (date == null ? "" : ", " + date);
    }

    /** The heads of rejected papers, as the page words them. */
    private static final Map<String, String> HEADS = Map.of("want-of-official-mark", "want of an official mark",
            "voting-for-too-many", "voting for more candidates than allowed", "identifying-mark",
            "writing or mark identifying the voter", "unmarked", "unmarked", "uncertain", "void for uncertainty");

    /** What the page says of the papers counted: declared where the count is declared, else the accepted returns'. */
    private record Counted(String papers, List<ResultsPage.Row> rejected, List<String> candidates, List<ResultsPage.AreaLine> byArea) {}

    @SuppressWarnings("unchecked")
    private static Counted counted(Map<String, Object> result, Map<String, Object> declared) {
        Map<String, Object> finalDeclaration = null;
        for (String stage : List.of("1", "2")) {
            if (declared.get(stage) instanceof Map<?, ?> made && made.containsKey("contest")) {
                finalDeclaration = (Map<String, Object>) made;
            }
        }
        Map<String, Number> heads = new LinkedHashMap<>();
        List<String> candidates = new ArrayList<>();
        List<ResultsPage.AreaLine> byArea = new ArrayList<>();
        Number electorate;
        if (finalDeclaration != null) {
            Map<String, Object> rejected = (Map<String, Object>) finalDeclaration.get("rejected");
            if (rejected != null && rejected.get("byHead") instanceof Map<?, ?> byHead) {
                ((Map<String, Number>) byHead).forEach(heads::put);
            }
            electorate = (Number) finalDeclaration.get("electorate");
            for (Map<String, Object> area : (List<Map<String, Object>>) finalDeclaration.getOrDefault("areas", List.of())) {
                List<Map<String, Object>> results = (List<Map<String, Object>>) area.get("results");
                if (candidates.isEmpty()) {
                    results.forEach(row -> candidates.add((String) row.get("candidate")));
                }
                long valid = ((Number) area.get("validFirstPreferences")).longValue();
                byArea.add(new ResultsPage.AreaLine((String) area.get("area"), results.stream().map(row -> figure(row.get("first"))).toList(),
                        figure(valid), area.get("rejected") == null ? "" : figure(area.get("rejected"))));
            }
        } else {
            Map<String, Object> provisional = (Map<String, Object>) result.get("provisional");
            ((Map<String, Number>) provisional.get("rejected")).forEach(heads::put);
            electorate = (Number) result.get("electorate");
            candidates.addAll(((Map<String, Object>) provisional.get("votes")).keySet());
            ((Map<String, Object>) provisional.getOrDefault("byArea", Map.of())).forEach((area, figures) -> {
                Map<String, Number> votes = (Map<String, Number>) ((Map<String, Object>) figures).get("votes");
                Map<String, Number> rejected = (Map<String, Number>) ((Map<String, Object>) figures).getOrDefault("rejected", Map.of());
                java.math.BigInteger valid = votes.values().stream().map(v -> java.math.BigInteger.valueOf(v.longValue()))
                        .reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
                java.math.BigInteger out = rejected.values().stream().map(v -> java.math.BigInteger.valueOf(v.longValue()))
                        .reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
                byArea.add(new ResultsPage.AreaLine(area, candidates.stream().map(name -> figure(votes.get(name))).toList(),
                        String.format(Locale.ROOT, "%,d", valid), String.format(Locale.ROOT, "%,d", out)));
            });
        }
        List<ResultsPage.Row> rejected = new ArrayList<>();
        java.math.BigInteger rejectedTotal = java.math.BigInteger.ZERO;
        for (Map.Entry<String, Number> head : heads.entrySet()) {
            rejected.add(new ResultsPage.Row(HEADS.getOrDefault(head.getKey(), head.getKey()), head.getValue().longValue(), ""));
            rejectedTotal = rejectedTotal.add(java.math.BigInteger.valueOf(head.getValue().longValue()));
        }
        java.math.BigInteger valid = java.math.BigInteger.ZERO;
        for (ResultsPage.AreaLine line : byArea) {
            valid = valid.add(new java.math.BigInteger(line.valid().replace(",", "")));
        }
        java.math.BigInteger papers = valid.add(rejectedTotal);
        String said = byArea.isEmpty() ? "" : String.format(Locale.ROOT, "%,d ballot papers counted, %,d of them rejected", papers,
                rejectedTotal);
        if (!said.isEmpty() && electorate != null && electorate.longValue() > 0) {
            said += String.format(Locale.ROOT, "; turnout %s%% of an electorate of %,d", new BigDecimal(papers).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(electorate.longValue()), 2, RoundingMode.HALF_UP).toPlainString(), electorate.longValue());
        }
        return new Counted(said, rejected, candidates, byArea);
    }

    private static String figure(Object value) {
        return value instanceof Number number ? String.format(Locale.ROOT, "%,d", number.longValue()) : "";
    }

    /** A declared count's rounds, as the round-by-round table shows them: where there are several ("rounds", not SV's stages). */
    @SuppressWarnings("unchecked")
    private static List<ResultsPage.RoundRow> rounds(Map<String, Object> declared) {
        for (String stage : List.of("2", "1")) {
            if (declared.get(stage) instanceof Map<?, ?> made && made.get("rounds") instanceof List<?> list && list.size() > 1) {
                List<Map<String, Object>> rounds = (List<Map<String, Object>>) list;
                Map<String, List<String>> byCandidate = new LinkedHashMap<>();
                List<String> exhausted = new ArrayList<>();
                for (int r = 0; r < rounds.size(); r++) {
                    for (Map<String, Object> row : (List<Map<String, Object>>) rounds.get(r).get("results")) {
                        List<String> votes = byCandidate.computeIfAbsent((String) row.get("candidate"), name -> new ArrayList<>());
                        while (votes.size() < r) {
                            votes.add("");
                        }
                        votes.add(String.format(Locale.ROOT, "%,d", ((Number) row.get("votes")).longValue()));
                    }
                    exhausted.add(rounds.get(r).get("exhausted") instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : "");
                }
                List<ResultsPage.RoundRow> table = new ArrayList<>();
                byCandidate.forEach((candidate, votes) -> {
                    while (votes.size() < rounds.size()) {
                        votes.add("");
                    }
                    table.add(new ResultsPage.RoundRow(candidate, votes));
                });
                table.add(new ResultsPage.RoundRow("Papers exhausted", exhausted));
                return table;
            }
        }
        return List.of();
    }

    /**
     * The lots drawn, each a sentence: the final declaration's where there is one (it draws the first stage's
     * again, from the same seed), else the first stage's.
     */
    @SuppressWarnings("unchecked")
    private static List<String> lots(Map<String, Object> declared) {
        Map<String, Object> latest = null;
        for (String stage : List.of("1", "2")) {
            if (declared.get(stage) instanceof Map<?, ?> made) {
                latest = (Map<String, Object>) made;
            }
        }
        List<String> said = new ArrayList<>();
        if (latest == null) {
            return said;
        }
        for (Map<String, Object> lot : (List<Map<String, Object>>) latest.getOrDefault("lots", List.of())) {
            List<String> tied = (List<String>) lot.get("tied");
            String decides = switch (String.valueOf(lot.get("decides"))) {
                case "goes-forward" -> "who went forward";
                case "elected" -> "who was elected";
                case "eliminated" -> "who was eliminated";
                default -> "their order";
            };
            said.add(String.join(" and ", tied) + " had equal votes: a lot decided " + decides + " (drawn in the order "
                    + String.join(", ", (List<String>) lot.get("order")) + ").");
        }
        return said;
    }

    /** JSON put in a script element: {@code <}, {@code >} and {@code &} written as escapes, so no text can end the element. */
    private static String escaped(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "" : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A JSON string. */
    private static String json(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
