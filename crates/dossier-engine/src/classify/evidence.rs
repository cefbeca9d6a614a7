//! Scores of the categories a field might belong to, with the reasons behind each.

/// One category's score for one field, built from the rules that fired.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub category: String,
    /// Rules combine as independent signals: 1 - Π(1 - weight).
    pub score: f64,
    pub reasons: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Candidates {
    pub list: Vec<Candidate>,
    /// Categories that a rule's word in the field's own name would give, had the name not
    /// said it is about something else (`project.name` is a project's, not a person's): a
    /// record around the field does not give them either.
    pub ruled_out: Vec<String>,
    /// Categories that a rule's word in the field's own name would give, of any kind of value,
    /// had a word around it not said otherwise (the `width` of a service's `thumbnails`): a
    /// section named around the field does not give them.
    pub named_out: Vec<String>,
    /// Whether the record's subject moved one of the candidates by a rule that says such
    /// fields tell where or how their record happened, not what it is (a city in a record of
    /// viewings is where they were watched): the field then does not vote for the record.
    pub only_where: bool,
}

impl Candidates {
    pub fn add(&mut self, category: &str, weight: f64, reason: String) {
        match self.list.iter_mut().find(|c| c.category == category) {
            Some(c) => {
                c.score = 1.0 - (1.0 - c.score) * (1.0 - weight);
                if !c.reasons.contains(&reason) {
                    c.reasons.push(reason);
                }
            }
            None => self.list.push(Candidate {
                category: category.to_owned(),
                score: weight,
                reasons: vec![reason],
            }),
        }
    }

    /// Makes the candidate for `from` one for `to` (merged with any `to` already there), with
    /// `why` added to its reasons; false when there is no candidate for `from`.
    pub fn recast(&mut self, from: &str, to: &str, why: String) -> bool {
        let Some(at) = self.list.iter().position(|c| c.category == from) else {
            return false;
        };
        let moved = self.list.remove(at);
        let mut reasons = moved.reasons;
        reasons.push(why);
        match self.list.iter_mut().find(|c| c.category == to) {
            Some(c) => {
                c.score = 1.0 - (1.0 - c.score) * (1.0 - moved.score);
                c.reasons.extend(reasons);
            }
            None => self.list.push(Candidate {
                category: to.to_owned(),
                score: moved.score,
                reasons,
            }),
        }
        true
    }

    /// The best candidate and the confidence left after its strongest rival is weighed:
    /// a field that two categories both claim is less certain than one only one claims.
    pub fn best(&self) -> Option<(&Candidate, f64, Option<&Candidate>)> {
        let mut sorted: Vec<&Candidate> = self.list.iter().collect();
        sorted.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.category.cmp(&b.category))
        });
        let best = *sorted.first()?;
        let rival = sorted.get(1).copied();
        let confidence = match rival {
            Some(r) => best.score * best.score / (best.score + r.score),
            None => best.score,
        };
        Some((best, confidence, rival))
    }
}
