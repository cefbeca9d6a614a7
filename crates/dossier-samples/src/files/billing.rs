//! `billing/invoices.csv` and `billing/payment_methods.json`.
//!
//! Cards are the networks' published test numbers, stored masked with their last four digits;
//! the IBANs are the examples printed in the IBAN registry and bank documentation.

use serde::Serialize;

use super::Ctx;
use crate::archive::{Archive, Method};
use crate::category::Category::{self, ContactData, Payment};
use crate::clock;
use crate::error::SampleError;
use crate::json::ArrayWriter;
use crate::rng::Rng;
use crate::truth::GroundTruth;

const INVOICES: &str = "billing/invoices.csv";
const METHODS: &str = "billing/payment_methods.json";

/// An invoice number identifies the company's document, not the person.
const INVOICE_FIELDS: &[(&str, Option<Category>)] = &[
    ("invoice_id", None),
    ("invoice_date", Some(Payment)),
    ("description", Some(Payment)),
    ("amount", Some(Payment)),
    ("currency", Some(Payment)),
    ("status", Some(Payment)),
    ("card_last4", Some(Payment)),
    ("billing_email", Some(ContactData)),
];

const METHOD_FIELDS: &[(&str, Option<Category>)] = &[
    ("id", None),
    ("type", Some(Payment)),
    ("brand", Some(Payment)),
    ("card_number", Some(Payment)),
    ("card_last4", Some(Payment)),
    ("exp_month", Some(Payment)),
    ("exp_year", Some(Payment)),
    ("cardholder_name", Some(ContactData)),
    ("billing_address.line1", Some(ContactData)),
    ("billing_address.city", Some(ContactData)),
    ("billing_address.postal_code", Some(ContactData)),
    ("billing_address.country", Some(ContactData)),
    ("created", Some(Payment)),
    ("iban", Some(Payment)),
    ("bic", Some(Payment)),
    ("account_holder", Some(ContactData)),
    ("mandate_reference", Some(Payment)),
];

/// (brand, test card number)
const TEST_CARDS: &[(&str, &str)] = &[
    ("visa", "4111111111111111"),
    ("mastercard", "5555555555554444"),
    ("amex", "378282246310005"),
];

/// (IBAN, BIC): published example accounts.
const EXAMPLE_IBANS: &[(&str, &str)] = &[
    ("GB82WEST12345698765432", "WESTGB2L"),
    ("DE89370400440532013000", "COBADEFFXXX"),
];

const PLANS: &[(&str, &str)] = &[
    ("Essential plan – monthly", "30.00"),
    (
        "Essential plan – monthly + 12,000 extra operations",
        "42.00",
    ),
    ("Professional plan – monthly", "300.00"),
];

fn masked(number: &str) -> String {
    format!("**** **** **** {}", &number[number.len() - 4..])
}

fn last4(number: &str) -> &str {
    &number[number.len() - 4..]
}

pub(super) fn write_invoices(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, INVOICES, 0);
    let (_, card) = TEST_CARDS[card_choice(ctx.seed)];
    archive.file(INVOICES, Method::Deflate, |out| {
        let mut csv = csv::Writer::from_writer(out);
        csv.write_record(INVOICE_FIELDS.iter().map(|(name, _)| *name))?;
        // Monthly invoices from the first paid month (about 30 days after sign-up).
        let mut when = clock::ACCOUNT_START + 30 * 86_400;
        let mut number = rng.range(10_000, 90_000);
        while when < clock::EXPORT_TIME {
            let (description, amount) = rng.pick(PLANS);
            let status = if rng.chance(0.05) { "refunded" } else { "paid" };
            csv.write_record([
                format!("INV-{number}").as_str(),
                &clock::date(when),
                description,
                amount,
                "EUR",
                status,
                last4(card),
                &ctx.person.email,
            ])?;
            number += 1;
            when += 30 * 86_400 + rng.below(2 * 86_400) as i64;
        }
        csv.flush()
    })?;
    truth.add_file(INVOICES, INVOICE_FIELDS);
    Ok(())
}

/// The card the holder pays with, shared by invoices and payment methods.
fn card_choice(seed: u64) -> usize {
    Rng::derive(seed, "card", 0).below(TEST_CARDS.len() as u64) as usize
}

#[derive(Serialize)]
struct BillingAddress<'a> {
    line1: String,
    city: &'a str,
    postal_code: &'a str,
    country: &'a str,
}

#[derive(Serialize)]
struct Card<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'a str,
    brand: &'a str,
    card_number: String,
    card_last4: &'a str,
    exp_month: u64,
    exp_year: u64,
    cardholder_name: String,
    billing_address: BillingAddress<'a>,
    created: String,
}

#[derive(Serialize)]
struct SepaDebit<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'a str,
    iban: &'a str,
    bic: &'a str,
    account_holder: String,
    mandate_reference: String,
    created: String,
}

pub(super) fn write_payment_methods(
    ctx: &Ctx,
    archive: &mut Archive,
    truth: &mut GroundTruth,
) -> Result<(), SampleError> {
    let mut rng = Rng::derive(ctx.seed, METHODS, 0);
    let person = &ctx.person;
    let (brand, number) = TEST_CARDS[card_choice(ctx.seed)];
    let (iban, bic) = rng.pick(EXAMPLE_IBANS);
    let card = Card {
        id: format!("pm_{}", rng.base62(24)),
        kind: "card",
        brand,
        card_number: masked(number),
        card_last4: last4(number),
        exp_month: rng.range(1, 12),
        exp_year: rng.range(2025, 2029),
        cardholder_name: person.full_name().to_uppercase(),
        billing_address: BillingAddress {
            line1: person.street_line(),
            city: person.city.name,
            postal_code: person.city.postal_code,
            country: person.city.country,
        },
        created: clock::rfc3339(clock::ACCOUNT_START + 29 * 86_400),
    };
    let sepa = SepaDebit {
        id: format!("pm_{}", rng.base62(24)),
        kind: "sepa_debit",
        iban,
        bic,
        account_holder: person.full_name(),
        mandate_reference: format!("MNDT-{}", rng.base62(10).to_uppercase()),
        created: clock::rfc3339(clock::ACCOUNT_START + 400 * 86_400),
    };
    archive.file(METHODS, Method::Deflate, |out| {
        let mut array = ArrayWriter::start(out)?;
        array.element(&card)?;
        array.element(&sepa)?;
        array.finish()
    })?;
    truth.add_file(METHODS, METHOD_FIELDS);
    Ok(())
}
