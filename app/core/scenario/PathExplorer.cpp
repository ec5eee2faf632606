#include "scenario/PathExplorer.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace frontline {

namespace {

std::optional<Range> intersect(Range a, Range b) {
    Range r{std::max(a.min, b.min), std::min(a.max, b.max)};
    if (r.min > r.max) return std::nullopt;
    return r;
}

// Removes r from s when that leaves one interval; otherwise keeps s (conservative).
Range exclude(Range s, Range r) {
    if (r.min <= s.min && r.max >= s.min) s.min = std::min(r.max + 1, 101);
    if (r.max >= s.max && r.min <= s.max) s.max = std::max(r.min - 1, -1);
    return s;
}

int weightOf(const Node& node, const std::vector<std::string>& ids) {
    int w = 0;
    for (const auto& c : node.rubric.criteria) {
        if (c.kind == CriterionKind::Required && std::find(ids.begin(), ids.end(), c.id) != ids.end()) w += c.weight;
    }
    return w;
}

bool hasForbidden(const Node& node) {
    return std::any_of(node.rubric.criteria.begin(), node.rubric.criteria.end(),
                       [](const Criterion& c) { return c.kind == CriterionKind::Forbidden; });
}

// What one turn can do: its score range and the customer's mood after it.
struct TurnBounds {
    Range score;
    Range mood;
};

// Splits a turn into (score band x forbidden hit or not), keeps the parts that
// satisfy the score and mood constraints, and returns their hull. This ties a
// mood condition back to the scores that can produce it.
std::optional<TurnBounds> turnBounds(const Node& node, Range moodBefore, Range score, Range moodAllowed) {
    const Range bands[] = {{kMoodHighBand, 100}, {kMoodMidBand, kMoodHighBand - 1}, {0, kMoodMidBand - 1}};
    const int deltas[] = {node.mood.high, node.mood.mid, node.mood.low};
    std::optional<TurnBounds> out;
    for (int forbidden = 0; forbidden <= (hasForbidden(node) ? 1 : 0); ++forbidden) {
        for (int b = 0; b < 3; ++b) {
            auto sc = intersect(score, bands[b]);
            if (sc && forbidden) sc = intersect(*sc, {0, node.rubric.forbiddenCap});
            if (!sc) continue;
            int delta = deltas[b] + (forbidden ? node.mood.forbidden : 0);
            auto mood = intersect({std::clamp(moodBefore.min + delta, 0, 100), std::clamp(moodBefore.max + delta, 0, 100)}, moodAllowed);
            if (!mood) continue;
            if (!out) {
                out = TurnBounds{*sc, *mood};
            } else {
                out->score = {std::min(out->score.min, sc->min), std::max(out->score.max, sc->max)};
                out->mood = {std::min(out->mood.min, mood->min), std::max(out->mood.max, mood->max)};
            }
        }
    }
    return out;
}

class Walker {
public:
    Walker(const Scenario& s, size_t limit) : s_(s), limit_(limit) {}

    PathReport run() {
        int start = s_.nodeIndex(s_.start);
        if (start >= 0) walk(start, {s_.persona.mood, s_.persona.mood});
        return std::move(report_);
    }

private:
    void walk(int index, Range mood) {
        if (report_.paths.size() >= limit_ || ++steps_ > limit_ * 50) {
            report_.truncated = true;
            return;
        }
        const Node& node = s_.nodes[static_cast<size_t>(index)];
        if (++visits_[index] > 2) { // each loop at most once
            --visits_[index];
            return;
        }
        path_.push_back(index);
        if (node.type == NodeType::Terminal) {
            record(node, mood);
        } else {
            // What earlier branches (tried first) rule out, where that is a single range.
            Range scoreLeft{0, 100};
            Range moodLeft{0, 100};
            for (const auto& b : node.branches) {
                int to = s_.nodeIndex(b.to);
                Range score = scoreLeft;
                Range moodAllowed = moodLeft;
                bool feasible = true;
                if (b.when) {
                    const auto& c = *b.when;
                    auto sc = c.score ? intersect(score, *c.score) : score;
                    auto md = c.mood ? intersect(moodAllowed, *c.mood) : moodAllowed;
                    feasible = sc && md;
                    if (feasible) {
                        score = *sc;
                        moodAllowed = *md;
                        score.min = std::max(score.min, std::min(weightOf(node, c.hit), node.rubric.forbiddenCap));
                        score.max = std::min(score.max, 100 - weightOf(node, c.missed));
                        feasible = score.min <= score.max;
                    }
                }
                auto turn = feasible ? turnBounds(node, mood, score, moodAllowed) : std::nullopt;
                if (turn && to >= 0) {
                    scores_.push_back(turn->score);
                    walk(to, turn->mood);
                    scores_.pop_back();
                }
                if (!b.when) break;
                if (b.when->onlyScore()) scoreLeft = exclude(scoreLeft, *b.when->score);
                bool onlyMood = b.when->mood && !b.when->score && b.when->hit.empty() && b.when->missed.empty();
                if (onlyMood) moodLeft = exclude(moodLeft, *b.when->mood);
                if (scoreLeft.min > scoreLeft.max || moodLeft.min > moodLeft.max) break;
            }
        }
        path_.pop_back();
        --visits_[index];
    }

    void record(const Node& terminal, Range mood) {
        ScenarioPath p;
        for (int i : path_) p.nodes.push_back(s_.nodes[static_cast<size_t>(i)].id);
        p.outcome = terminal.outcome;
        p.turns = static_cast<int>(scores_.size());
        p.moodAtEnd = mood;
        double lo = 0, hi = 0;
        for (const auto& r : scores_) {
            lo += r.min;
            hi += r.max;
        }
        if (!scores_.empty()) {
            p.minScore = static_cast<int>(std::lround(lo / double(scores_.size())));
            p.maxScore = static_cast<int>(std::lround(hi / double(scores_.size())));
        }
        report_.paths.push_back(std::move(p));
    }

    const Scenario& s_;
    size_t limit_;
    PathReport report_;
    std::vector<int> path_;
    std::vector<Range> scores_;
    std::map<int, int> visits_;
    size_t steps_ = 0;
};

} // namespace

PathReport explorePaths(const Scenario& scenario, size_t limit) { return Walker(scenario, limit).run(); }

} // namespace frontline
