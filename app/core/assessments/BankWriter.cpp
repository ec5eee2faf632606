// placeholder: replaced by the assessments work
