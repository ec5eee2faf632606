#pragma once
// A lifecycle evaluation as JSON: the evidence kept with each certification
// event and the body of `frontline-cli status --json`.
#include <nlohmann/json.hpp>

#include "certification/CertificationLifecycle.h"

namespace frontline {

// Scores appear as numbers truncated to one decimal, as ExactScore::text().
nlohmann::json lifecycleJson(const LifecycleEvaluation& e, const Programs& programs);

} // namespace frontline
