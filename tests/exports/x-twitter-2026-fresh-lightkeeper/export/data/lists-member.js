window.YTD.lists_member.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/fundyfog_notes/lists/1679203114530562048"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/acadiephotoclub/lists/membres-2023"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/mferraz_grafica/lists/1634012776402247680"
    }
  },
  {
    "userListInfo" : {
      "url" : "https://twitter.com/beacons_eastcoast/lists/lighthouse-photographers"
    }
  }
]