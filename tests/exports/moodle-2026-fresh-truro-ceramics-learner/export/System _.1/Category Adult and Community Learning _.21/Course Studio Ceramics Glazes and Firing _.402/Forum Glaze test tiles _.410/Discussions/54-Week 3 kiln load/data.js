var data_file_14 = {
    "name": "Week 3 kiln load",
    "pinned": "Yes",
    "timemodified": "Thursday, 22 January 2026, 7:05 PM",
    "usermodified": "Thursday, 1 January 1970, 1:03 AM",
    "creator_was_you": "No"
}