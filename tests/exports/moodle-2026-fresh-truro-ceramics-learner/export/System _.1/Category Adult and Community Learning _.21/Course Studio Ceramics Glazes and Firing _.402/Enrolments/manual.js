var data_file_7 = {
    "0": {
        "status": "0",
        "timecreated": "Monday, 5 January 2026, 11:02 AM",
        "timemodified": "Monday, 5 January 2026, 11:02 AM",
        "timestart": "Monday, 5 January 2026, 12:00 AM",
        "timeend": "Thursday, 1 January 1970, 1:00 AM"
    }
}