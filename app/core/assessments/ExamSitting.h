#pragma once
// The record-keeping side of one written exam sitting, shared by `exam take`
// and the desktop exam screen: whether the person may sit it now (attempts
// left, retake wait), and writing the scored attempt with its time as
// training time of the exam's kind, in one transaction.
#include <cstdint>
#include <string>

#include "assessments/Exam.h"
#include "assessments/ExamScoring.h"
#include "common/CalendarDate.h"
#include "common/Result.h"
#include "records/RecordStore.h"

namespace frontline {

// The exam's title in lang ("zh-CN" or "en"), the other language when that one is empty.
std::string examTitle(const Exam& exam, const std::string& lang);

// max_attempts counts completed attempts; the retake wait runs from the end of
// the last one. The error names the person and when they may retake.
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
