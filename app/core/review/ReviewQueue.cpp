#include "review/ReviewQueue.h"

#include <algorithm>
#include <map>

#include "certification/AttemptScore.h"

namespace frontline {

namespace {

ReviewItem itemFor(ScenarioAttempt attempt, Trainee trainee, unsigned reasons) {
    ReviewItem item;
    item.total = attemptTotal(attempt);
    item.passed = attemptPassed(attempt);
    item.overridden = attemptRescored(attempt);
    for (const auto& t : attempt.turns) {
        if (item.lowestTurn < 0 || t.effectiveScore() < attempt.turns[static_cast<size_t>(item.lowestTurn)].effectiveScore())
            item.lowestTurn = static_cast<int>(&t - attempt.turns.data());
    }
    item.reasons = reasons;
    item.attempt = std::move(attempt);
    item.trainee = std::move(trainee);
    return item;
}

Status attachMarks(const RecordStore& store, std::vector<ReviewItem>& items) {
    std::vector<int64_t> ids;
    for (const auto& item : items) ids.push_back(item.attempt.id);
    auto marks = store.reviewMarks(ids);
    if (!marks) return marks.error();
    for (auto& item : items)
        for (const auto& m : *marks)
            if (m.attemptId == item.attempt.id) item.marks.push_back(m);
    return Done{};
}

} // namespace

unsigned reviewReasons(const ScenarioAttempt& a) {
    unsigned reasons = 0;
    if (a.status == AttemptStatus::Completed && a.mode == PlayMode::Certification && !attemptPassed(a))
        reasons |= kReviewFailedCertification;
    for (const auto& t : a.turns) {
        if (t.effectiveScore() < kLowTurnScore) reasons |= kReviewLowTurn;
        if (t.overriddenScore) reasons |= kReviewOverridden;
    }
    return reasons;
}

Result<ReviewQueue> buildReviewQueue(const RecordStore& store, const IsoWeek& week, double rate, uint64_t seed) {
    auto sample = drawWeekSample(store, week, rate, seed);
    if (!sample) return sample.error();
    ReviewQueue q;
    q.sample = std::move(*sample);
    std::vector<bool> inSample(q.sample.ended.size(), false);
    for (size_t i : q.sample.picked) inSample[i] = true;
    std::map<int64_t, Trainee> people;
    for (size_t i = 0; i < q.sample.ended.size(); ++i) {
        const ScenarioAttempt& a = q.sample.ended[i];
        const unsigned reasons = reviewReasons(a) | (inSample[i] ? kReviewQaSample : 0u);
        if (reasons == 0) continue;
        if (!people.count(a.traineeId)) {
            auto t = store.traineeById(a.traineeId);
            if (!t) return t.error();
            people[a.traineeId] = std::move(*t);
        }
        q.items.push_back(itemFor(a, people[a.traineeId], reasons));
    }
    std::sort(q.items.begin(), q.items.end(), [](const ReviewItem& a, const ReviewItem& b) {
        return a.attempt.endedAt != b.attempt.endedAt ? a.attempt.endedAt > b.attempt.endedAt : a.attempt.id > b.attempt.id;
    });
    if (auto s = attachMarks(store, q.items); !s) return s.error();
    auto exams = pendingExams(store);
    if (!exams) return exams.error();
    q.exams = std::move(*exams);
    return q;
}

Result<ReviewItem> reviewItem(const RecordStore& store, int64_t attemptId) {
    auto a = store.attempt(attemptId);
    if (!a) return a.error();
    auto t = store.traineeById(a->traineeId);
    if (!t) return t.error();
    const unsigned reasons = reviewReasons(*a);
    std::vector<ReviewItem> one{itemFor(std::move(*a), std::move(*t), reasons)};
    if (auto s = attachMarks(store, one); !s) return s.error();
    return std::move(one.front());
}

} // namespace frontline
