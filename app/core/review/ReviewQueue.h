#pragma once
// What a trainer checks in one ISO week: the week's QA sample, plus the
// attempts that need a look whatever the sample drew: certification calls
// that failed (on the score or a critical reply), calls with a reply scored
// under kLowTurnScore, and calls a trainer has already re-scored (so the
// reviewed ones stay in view with their overrides). Beside them, every written
// exam whose essays wait for a trainer's grade, whatever week it was sat in.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "assessments/EssayGrading.h"
#include "common/Result.h"
#include "records/RecordStore.h"
#include "review/WeekSample.h"

namespace frontline {

constexpr int kLowTurnScore = 40;

// Why an attempt is in the queue; an attempt may be there for several reasons.
enum ReviewReason : unsigned {
    kReviewQaSample = 1u << 0,
    kReviewFailedCertification = 1u << 1,
    kReviewLowTurn = 1u << 2,
    kReviewOverridden = 1u << 3,
};

struct ReviewItem {
    ScenarioAttempt attempt; // with turns, overrides applied
    Trainee trainee;
    unsigned reasons = 0;          // ReviewReason bits
    std::optional<int> total;      // attemptTotal(): overrides applied
    bool passed = false;           // attemptPassed()
    bool overridden = false;       // a trainer re-scored at least one turn
    int lowestTurn = -1;           // index of the lowest-scoring turn (effective score); -1 without turns
    std::vector<ReviewMark> marks; // trainers' "reviewed" marks, oldest first
    bool reviewed() const { return !marks.empty(); }
};

struct ReviewQueue {
    WeekSample sample;              // the week, rate, seed and every attempt completed in it
    std::vector<ReviewItem> items;  // newest first (end time, then id)
    std::vector<PendingExam> exams; // written exams waiting for a trainer, oldest first
    size_t sampled() const { return sample.picked.size(); }
};

// The reasons one attempt needs a look, leaving out the sample (which depends on the week).
unsigned reviewReasons(const ScenarioAttempt& attempt);

Result<ReviewQueue> buildReviewQueue(const RecordStore& store, const IsoWeek& week, double rate, uint64_t seed);

// One attempt as a queue item (for an attempt opened directly, outside the week's queue).
Result<ReviewItem> reviewItem(const RecordStore& store, int64_t attemptId);

} // namespace frontline
