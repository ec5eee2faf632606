#include "review/ManualTraining.h"

namespace frontline {

Status checkTrainingDate(const Trainee& trainee, const CalendarDate& date, const CalendarDate& today) {
    if (date > today) return makeError(date.toString() + " is in the future; enter training once it has happened");
    if (!trainee.hireDate.empty() && date.toString() < trainee.hireDate)
        return makeError(date.toString() + " is before " + trainee.name + "'s hire date " + trainee.hireDate);
    return Done{};
}

Result<int64_t> addManualTraining(RecordStore& store, const Trainee& trainee, const CalendarDate& date, int minutes, TrainingKind kind,
                                  const std::string& topic, const std::string& by, const CalendarDate& today) {
    if (auto s = checkTrainingDate(trainee, date, today); !s) return s.error();
    TrainingEntry e;
    e.traineeId = trainee.id;
    e.date = date.toString();
    e.minutes = minutes;
    e.kind = kind;
    e.source = TrainingSource::Manual;
    e.topic = topic;
    e.enteredBy = by;
    e.createdAt = nowTimestamp();
    return store.addTraining(e);
}

} // namespace frontline
