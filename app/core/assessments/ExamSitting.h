#pragma once
// The record-keeping side of one written exam sitting, shared by `exam take`
// and the desktop exam screen: whether the person may sit it now (attempts
// left, retake wait), and writing the scored attempt with its time as
// training time of the exam's kind, in one transaction.
#include <cstdint>
#include <optional>
#include <string>

#include "assessments/Exam.h"
#include "assessments/ExamScoring.h"
#include "common/CalendarDate.h"
#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline {

// The exam's title in lang ("zh-CN" or "en"), the other language when that one is empty.
std::string examTitle(const Exam& exam, const std::string& lang);

// What the attempt limits allow at nowSeconds: max_attempts counts completed
// attempts; the retake wait runs from the end of the last one.
struct SittingLimits {
    int used = 0;
    int max = 0;                          // 0 = unlimited
    std::optional<int64_t> lastEnd;       // the latest attempt's end
    std::optional<int64_t> nextAllowedAt; // set while a retake wait runs
    bool exhausted() const { return max > 0 && used >= max; }
    bool allowed() const { return !exhausted() && !nextAllowedAt; }
};
SittingLimits sittingLimits(const Exam& exam, const TraineeHistory& history, int64_t nowSeconds);

// The limits in words for the command line: the error names the person and
// when they may retake (the app words SittingLimits in the trainee's language).
Status checkAttemptLimits(const Exam& exam, const TraineeHistory& history, int64_t nowSeconds);

// The time that counts: the time spent, at most the exam's time limit.
int creditedSeconds(const Exam& exam, int timeSpentSeconds);

struct RecordedSitting {
    int64_t attemptId = 0;
    int minutes = 0; // training minutes credited (0 when under half a minute)
};

// Records the scored sitting as ended at nowSeconds (started timeSpentSeconds
// before), with its credited time as a training entry dated day.
Result<RecordedSitting> recordExamSitting(RecordStore& store, const Trainee& trainee, const Exam& exam, const ExamResult& result,
                                          int64_t nowSeconds, const CalendarDate& day);

} // namespace frontline
