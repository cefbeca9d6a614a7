var data_file_16 = {
    "subject": "Tamsin kiln count",
    "created": "Thursday, 22 January 2026, 7:05 PM",
    "modified": "Thursday, 22 January 2026, 7:05 PM",
    "author_was_you": "Yes",
    "message": "<p>Two mugs and four test tiles from me, all on the trolley.<\/p>"
}