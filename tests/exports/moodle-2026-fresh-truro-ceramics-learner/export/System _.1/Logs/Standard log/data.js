var data_file_6 = {
    "logs": [
        {
            "name": "User has logged in",
            "description": "The user with the id '212' has logged in.",
            "timecreated": "Tuesday, 3 February 2026, 6:48 PM",
            "origin": "Standard web request",
            "ip": "198.51.100.23",
            "other": {
                "username": "tpengelly26"
            },
            "authorid": 212,
            "author_of_the_action_was_you": "Yes"
        },
        {
            "name": "User has logged in",
            "description": "The user with the id '212' has logged in.",
            "timecreated": "Thursday, 5 February 2026, 7:02 PM",
            "origin": "Standard web request",
            "ip": "203.0.113.54",
            "other": {
                "username": "tpengelly26"
            },
            "authorid": 212,
            "author_of_the_action_was_you": "Yes"
        }
    ]
}