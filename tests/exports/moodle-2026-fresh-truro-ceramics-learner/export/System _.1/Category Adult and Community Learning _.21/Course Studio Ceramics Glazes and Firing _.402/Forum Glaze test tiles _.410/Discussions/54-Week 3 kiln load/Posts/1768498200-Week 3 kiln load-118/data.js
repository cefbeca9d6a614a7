var data_file_15 = {
    "subject": "Week 3 kiln load",
    "created": "Thursday, 15 January 2026, 5:30 PM",
    "modified": "Thursday, 15 January 2026, 5:30 PM",
    "author_was_you": "No",
    "message": "<p>Bisque-fired pieces go on the trolley by the door by Wednesday 6pm. Glaze firing to cone 6 on Thursday; reply here with how many pieces you are putting in.<\/p>"
}