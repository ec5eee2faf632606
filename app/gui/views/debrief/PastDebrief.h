#pragma once
// The debrief of an attempt already in the training record, rebuilt from its
// stored turns and their grade JSON (ReplyGrade::toJson), so a finished call
// can be looked at again after the app restarts. No window needed.
#include <optional>
#include <string>

#include "records/Records.h"
#include "views/call/CallModel.h"

namespace frontline::gui {

// The grade a turn was recorded with; unknown or missing fields keep their defaults.
ReplyGrade gradeFromJson(const std::string& json);

// The debrief of a recorded attempt. Moods are not recorded, so they stay 0;
// The pass decision follows the record: completed, total at the pass mark, no critical turn standing.
Debrief debriefFromAttempt(const ScenarioAttempt& attempt);

// The trainee's most recently started attempt that reached an end (completed), if any.
std::optional<ScenarioAttempt> latestCompletedAttempt(const TraineeHistory& history);

} // namespace frontline::gui
