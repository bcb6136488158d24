//! The Smart City Driver: a city plans, finances and deploys a project with its partners.
//! For now, the business case of a model sent whole (`business_case`); projects, their team,
//! stages and gates come next (issue 9), and their business case will be stored with them.

pub mod business_case;
pub mod import;
