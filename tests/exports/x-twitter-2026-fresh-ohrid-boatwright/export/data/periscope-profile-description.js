window.YTD.periscope_profile_description.part0 = [
  {
    "periscopeProfileDescription" : {
      "bio" : "Градам и поправам охридски чунови 🛶 | Wooden boats on Lake Ohrid, chestnut & pine | работилница во Касаби"
    }
  }
]