var data_file_4 = {
    "88214": {
        "state": "0",
        "sessdata": "",
        "timecreated": "Thursday, 5 February 2026, 7:02 PM",
        "timemodified": "Thursday, 5 February 2026, 7:40 PM",
        "firstip": "203.0.113.54",
        "lastip": "203.0.113.54"
    }
}