#pragma once
// The words and colours for record states that several screens show:
// certification states, checklist item states, attempt states, play modes,
// training kinds, and hours. Words come from the string table.
#include <string>

#include "certification/OnboardingProgress.h"
#include "i18n/StringTable.h"
#include "records/Records.h"
#include "theme/Theme.h"
#include "views/home/HomeModel.h"

namespace frontline::gui {

std::string stateText(const StringTable& s, CertificationState state);
Rgba stateColor(const Theme& t, CertificationState state);
Rgba stateSoftColor(const Theme& t, CertificationState state);

std::string itemStatusText(const StringTable& s, ItemStatus status);
Rgba itemColor(const Theme& t, ItemStatus status);

std::string attemptStatusText(const StringTable& s, AttemptStatus status);
std::string playModeText(const StringTable& s, PlayMode mode);
std::string trainingKindText(const StringTable& s, TrainingKind kind);

// "2 errors, 1 warning" of a pack or scenario, or "Valid" when it has neither.
std::string validationText(const StringTable& s, int errors, int warnings);

// The name of a language code in the UI language ("中文" for zh-CN), else the code itself.
std::string languageName(const StringTable& s, const std::string& code);

// Minutes as hours with at most one decimal and no trailing zero: 90 -> "1.5", 480 -> "8".
std::string hoursText(int minutes);

// One line of "still missing" (home, the cohort screen).
std::string missingText(const StringTable& s, const MissingItem& m);

} // namespace frontline::gui
